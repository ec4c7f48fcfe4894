using FluentValidation.TestHelper;
using NakaClaims.Validation;

namespace NakaClaims.Tests.Validation;

public class ActorValidatorTests
{
    [Fact]
    public void Valid_HasNoErrors() =>
        new ActorValidator().TestValidate(Samples.ArmenianHelicopterClaim.Claimant).ShouldNotHaveAnyValidationErrors();
}
