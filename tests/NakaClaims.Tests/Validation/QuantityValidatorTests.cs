using FluentValidation.TestHelper;
using NakaClaims.Validation;

namespace NakaClaims.Tests.Validation;

public class QuantityValidatorTests
{
    [Fact]
    public void Default_HasItemError() =>
        new QuantityValidator().TestValidate(default(Quantity)).ShouldHaveValidationErrorFor("item");

    [Fact]
    public void Valid_HasNoErrors() =>
        new QuantityValidator().TestValidate(Quantity.AtLeast(51, "soldier")).ShouldNotHaveAnyValidationErrors();
}
