import HandsetCore

/// Where a model's programmable keys sit in `<dsskey>`: the first `sideKeys` on the side (line) keys, `<dssSide
/// index="page"><Fkey index="n">` with `sidePerPage` per page; the rest on the function-key pages, `<internal
/// index="page"><Fkey index="n">` with `functionPerPage` per page.
///
/// Wazo's split (`plugins/wazo_fanvil/common/common.py` `_add_fkeys`, `_split_fkeys`, `_paginate`) with the figures of
/// `serie_x/entry.py`: `TOP_FUNCTION_KEYS` (side keys), `LINE_KEYS_PER_PAGE`, `FUNCTION_KEYS_PER_PAGE`. Wazo looks a
/// model up by its full name, then by the part before `-` (so the X6U Pro takes the X6U's figures).
struct FanvilKeyLayout: Equatable {
    var sideKeys: Int
    var sidePerPage: Int
    var functionPerPage: Int

    /// X7 and X7C: no key layout in any source, and the catalog gives them no keys.
    static let none = FanvilKeyLayout(sideKeys: 0, sidePerPage: 1, functionPerPage: 1)

    static func of(_ model: PhoneModel) -> FanvilKeyLayout {
        switch model.id {
        case "x4u": return FanvilKeyLayout(sideKeys: 3, sidePerPage: 3, functionPerPage: 6)
        case "x4u-pro", "x4u-v2": return FanvilKeyLayout(sideKeys: 10, sidePerPage: 6, functionPerPage: 6)
        case "x5u": return FanvilKeyLayout(sideKeys: 4, sidePerPage: 4, functionPerPage: 6)
        case "x5u-pro", "x5u-v2": return FanvilKeyLayout(sideKeys: 4, sidePerPage: 5, functionPerPage: 6)
        case "x6u", "x6u-pro": return FanvilKeyLayout(sideKeys: 5, sidePerPage: 5, functionPerPage: 12)
        case "x210", "x210i", "x210-pro", "x210-v2": return FanvilKeyLayout(sideKeys: 10, sidePerPage: 10, functionPerPage: 32)
        default: return .none
        }
    }

    /// Section, page and index of key `n` (1-based) of the phone.
    func place(_ n: Int) -> (section: String, page: Int, index: Int) {
        if n <= sideKeys {
            return ("dssSide", (n - 1) / sidePerPage + 1, (n - 1) % sidePerPage + 1)
        }
        let m = n - sideKeys
        return ("internal", (m - 1) / functionPerPage + 1, (m - 1) % functionPerPage + 1)
    }
}
