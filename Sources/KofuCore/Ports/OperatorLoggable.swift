/// An error that can say what went wrong without the ids and names it carries. The operator log is read by staff
/// who are not entitled to residents' data, so the kiosk logs this summary in place of the full description.
public protocol OperatorLoggable {
    /// One line free of resident ids, credential ids and names.
    var operatorSummary: String { get }
}
