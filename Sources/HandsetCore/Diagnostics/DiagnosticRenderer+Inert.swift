/// Diagnostics quote hostile input (a key, a value, a source line): what reaches a terminal or a CI log must be
/// inert and bounded. Control characters (ESC, CR, ...) are escaped, so input cannot recolour a log, retitle a
/// terminal or overwrite a line; messages and source lines are cut, so a 100 MB line prints as one short one.
extension DiagnosticRenderer {
    /// The most characters of a source line an excerpt shows.
    static let excerptWidth = 160
    /// The most characters of a message, hint or note.
    static let messageLimit = 500

    /// `d` with every text escaped (`ControlCharacters.escaped`) and cut to `messageLimit`.
    static func inert(_ d: Diagnostic) -> Diagnostic {
        var out = d
        out.message = bounded(d.message)
        out.hint = d.hint.map(bounded)
        for index in out.notes.indices { out.notes[index].message = bounded(out.notes[index].message) }
        return out
    }

    static func bounded(_ text: String) -> String {
        let cut = text.count > messageLimit ? String(text.prefix(messageLimit)) + "… (cut)" : text
        return ControlCharacters.escaped(cut)
    }

    /// The part of `line` an excerpt shows around 1-based `column` (in Unicode scalars, as libyaml counts),
    /// control characters escaped, and the column of the mark in what is shown. Works on scalars, not
    /// Characters, so a 100 MB line costs one pass, not an array of graphemes.
    static func window(_ line: String, column: Int) -> (text: String, column: Int) {
        let scalars = line.unicodeScalars
        let count = scalars.count
        var start = 0, end = count
        if count > excerptWidth {
            start = max(0, min(column - 1 - excerptWidth / 4, count - excerptWidth))
            end = start + excerptWidth
        }
        var text = start > 0 ? "…" : "", shownColumn = 0
        var index = scalars.index(scalars.startIndex, offsetBy: start)
        for offset in start..<end {
            if offset == column - 1 { shownColumn = text.unicodeScalars.count + 1 }
            let scalar = scalars[index]
            if ControlCharacters.isControl(scalar) { text += ControlCharacters.escaped(String(scalar)) } else { text.unicodeScalars.append(scalar) }
            index = scalars.index(after: index)
        }
        if shownColumn == 0 { shownColumn = column - 1 < start ? 1 : text.unicodeScalars.count + 1 }
        return (text + (end < count ? "…" : ""), shownColumn)
    }
}
