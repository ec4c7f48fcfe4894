namespace NakaClaims.Serialization;

/// <summary>
/// Thrown when a claim-set JSON text cannot be read: it is not JSON, breaks the format, is too deep or too
/// large, or describes an inconsistent set. The message and properties say where.
/// </summary>
public sealed class ClaimSetFormatException : FormatException
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public ClaimSetFormatException()
        : base("The claim-set JSON is invalid.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public ClaimSetFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ClaimSetFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal ClaimSetFormatException(string message, string? path, long? lineNumber, Exception? innerException = null)
        : base(message, innerException)
    {
        Path = path;
        LineNumber = lineNumber;
    }

    /// <summary>Gets the JSON path of the problem, such as <c>claims[3].span.start</c>.</summary>
    /// <value>The path, or <see langword="null"/> when the problem is not at one place.</value>
    public string? Path { get; }

    /// <summary>Gets the 1-based line of the problem, when the reader knows it.</summary>
    /// <value>The line, or <see langword="null"/>.</value>
    public long? LineNumber { get; }
}
