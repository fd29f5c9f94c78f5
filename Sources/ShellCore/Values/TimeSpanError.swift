/// The exceptions .NET's TimeSpan throws, with their messages.
public enum TimeSpanError: Error, Equatable {
  case tooLong
  case notANumber
  case negateMinimum
  case durationOfMinimum
  /// `TimeSpan.Parse` met text that is not a time span.
  case badText(String)
  /// `TimeSpan.Parse` met a component out of range (`25:61`) or with too many digits.
  case componentOutOfRange(String)
  /// `ToString(format)` met a format it does not understand.
  case badFormatString

  /// The message of the .NET exception.
  public var message: String {
    switch self {
    case .tooLong: return "TimeSpan overflowed because the duration is too long."
    case .notANumber: return "TimeSpan does not accept floating point Not-a-Number values."
    case .negateMinimum:
      return "Negating the minimum value of a twos complement number is invalid."
    case .durationOfMinimum:
      return "The duration cannot be returned for TimeSpan.MinValue because the absolute value "
        + "of TimeSpan.MinValue exceeds the value of TimeSpan.MaxValue."
    case .badText(let text): return "String '\(text)' was not recognized as a valid TimeSpan."
    case .componentOutOfRange(let text):
      return "The TimeSpan string '\(text)' could not be parsed because at least one of the "
        + "numeric components is out of range or contains too many digits."
    case .badFormatString: return "Input string was not in a correct format."
    }
  }
}
