extension Array {
    /// The elements in the order `areInIncreasingOrder` gives their indices.
    ///
    /// For arrays of large values (nodes, edges, merge decisions: a dozen strings and arrays each), sorting
    /// their indices and then copying each element once is cheaper than `sorted(by:)`, which moves whole
    /// values (retaining and releasing every field) at each step of the sort. The order is the same as
    /// `sorted(by:)` would give with the same comparison wherever it is a strict total order, which is how
    /// the graph uses it (unique ids; decisions compared on every field).
    func sortedByIndex(by areInIncreasingOrder: (Int, Int) -> Bool) -> [Element] {
        indices.sorted(by: areInIncreasingOrder).map { self[$0] }
    }
}
