/// A unified diff of two texts (three lines of context), for `plan --diff`. Line-based longest common
/// subsequence: provisioning files are a few hundred lines, so the quadratic table stays small.
enum UnifiedDiff {
    static func render(old: String, new: String, oldName: String, newName: String) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let ops = operations(a, b)
        var out = "--- \(oldName)\n+++ \(newName)\n"
        var index = 0
        while index < ops.count {
            guard ops[index].kind != " " else { index += 1; continue }
            let start = max(0, index - 3)
            var end = index
            var quiet = 0
            while end < ops.count, quiet <= 6 {
                quiet = ops[end].kind == " " ? quiet + 1 : 0
                end += 1
            }
            end = min(ops.count, end - max(0, quiet - 3))
            let hunk = ops[start..<end]
            let oldStart = (hunk.first?.oldLine ?? 0) + 1, newStart = (hunk.first?.newLine ?? 0) + 1
            out += "@@ -\(oldStart),\(hunk.filter { $0.kind != "+" }.count) +\(newStart),\(hunk.filter { $0.kind != "-" }.count) @@\n"
            for op in hunk { out += "\(op.kind)\(op.text)\n" }
            index = end
        }
        return out
    }

    private struct Op { var kind: Character; var text: String; var oldLine: Int; var newLine: Int }

    private static func operations(_ a: [String], _ b: [String]) -> [Op] {
        let n = a.count, m = b.count
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var ops: [Op] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] {
                ops.append(Op(kind: " ", text: a[i], oldLine: i, newLine: j)); i += 1; j += 1
            } else if j < m, i == n || table[i][j + 1] > table[i + 1][j] {
                ops.append(Op(kind: "+", text: b[j], oldLine: i, newLine: j)); j += 1
            } else {
                ops.append(Op(kind: "-", text: a[i], oldLine: i, newLine: j)); i += 1
            }
        }
        return ops
    }
}
