import Testing
@testable import khabar

@Suite struct IngesterTests {
    /// Batches start small and double up to the batch size; every input is in exactly one, in order.
    @Test func batchesRampUpToTheirSize() {
        let inputs = Array(0..<1000)
        let batches = Ingester.batches(inputs, size: 256)
        #expect(batches.map(\.count) == [64, 128, 256, 256, 256, 40])
        #expect(batches.flatMap { $0 } == inputs)
        #expect(Ingester.batches(Array(0..<10), size: 4).map(\.count) == [4, 4, 2])
        #expect(Ingester.batches([Int](), size: 256).isEmpty)
    }
}
