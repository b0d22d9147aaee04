import Testing
@testable import JXCore
import JXTestSupport

/// Who read what: the graph a what-if change walks to find what moved.
@Suite struct DependencyGraphTests {
    typealias Cell = Evaluator.Cell

    @Test func readersComeBackInTheOrderTheyRead() {
        var g = Evaluator.DependencyGraph()
        let far = Cell(.indicator, 500_000), near = Cell(.indicator, 3), page = Cell(.indicator, 4096)
        g.add(far, reader: Cell(.indicatorVerdict, 500_000))
        g.add(far, reader: Cell(.constant, 7))
        // The same reader twice in a row is recorded once.
        g.add(far, reader: Cell(.constant, 7))
        g.add(near, reader: Cell(.budget, 1))
        g.add(page, reader: Cell(.budget, 2))
        g.add(Cell(.constant, -1), reader: Cell(.budget, 3))
        #expect(g.readersOf(far) == [Cell(.indicatorVerdict, 500_000), Cell(.constant, 7)])
        #expect(g.readersOf(Cell(.indicator, 499_999)).isEmpty)
        #expect(g.readersOf(Cell(.indicator, 4095)).isEmpty)
        #expect(g.readersOf(Cell(.spend, 500_000)).isEmpty)
        #expect(g.removeReaders(of: far) == [Cell(.indicatorVerdict, 500_000), Cell(.constant, 7)])
        #expect(g.readersOf(far).isEmpty)
        #expect(g.removeReaders(of: near) == [Cell(.budget, 1)])
        #expect(g.removeReaders(of: page) == [Cell(.budget, 2)])
        #expect(g.removeReaders(of: Cell(.constant, -1)) == [Cell(.budget, 3)])
        // Edges freed by removal are used again.
        g.add(far, reader: Cell(.budget, 9))
        #expect(g.readersOf(far) == [Cell(.budget, 9)])
    }
}
