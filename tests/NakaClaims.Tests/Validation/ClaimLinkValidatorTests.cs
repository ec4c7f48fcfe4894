using FluentValidation.TestHelper;
using NakaClaims.Validation;

namespace NakaClaims.Tests.Validation;

public class ClaimLinkValidatorTests
{
    [Fact]
    public void Valid_HasNoErrors() =>
        new ClaimLinkValidator().TestValidate(Samples.HelicopterDispute().Links[0]).ShouldNotHaveAnyValidationErrors();
}
