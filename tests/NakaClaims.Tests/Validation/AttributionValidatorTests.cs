using FluentValidation.TestHelper;
using NakaClaims.Validation;

namespace NakaClaims.Tests.Validation;

public class AttributionValidatorTests
{
    [Fact]
    public void Valid_HasNoErrors() =>
        new AttributionValidator().TestValidate(Samples.ArmenianHelicopterClaim.Attribution).ShouldNotHaveAnyValidationErrors();
}
