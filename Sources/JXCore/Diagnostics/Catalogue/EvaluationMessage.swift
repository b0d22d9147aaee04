/// Figures that cannot be computed, and the checks on the figures.
public enum EvaluationMessage: Sendable, Hashable {
    public var text: Bilingual {
        switch self {}
    }
}
