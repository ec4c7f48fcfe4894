using FluentValidation.TestHelper;
using NakaClaims.Validation;

namespace NakaClaims.Tests.Validation;

public class DocumentValidatorTests
{
    [Fact]
    public void Valid_HasNoErrors() => new DocumentValidator().TestValidate(Samples.Seed000).ShouldNotHaveAnyValidationErrors();
}
