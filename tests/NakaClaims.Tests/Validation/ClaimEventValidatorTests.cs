using FluentValidation.TestHelper;
using NakaClaims.Validation;

namespace NakaClaims.Tests.Validation;

public class ClaimEventValidatorTests
{
    [Fact]
    public void Valid_HasNoErrors() =>
        new ClaimEventValidator().TestValidate(Samples.ArmenianHelicopterClaim.Event!).ShouldNotHaveAnyValidationErrors();
}
