using FluentValidation.TestHelper;
using NakaClaims.Validation;

namespace NakaClaims.Tests.Validation;

public class ClaimValidatorTests
{
    [Fact]
    public void Valid_HasNoErrors() =>
        new ClaimValidator().TestValidate(Samples.ArmenianHelicopterClaim).ShouldNotHaveAnyValidationErrors();
}
