import CNcursesw
import RecallTUI

/// ncurses key codes to `Key`s. The codes come from the shim, never hard-coded here.
enum KeyCodes {
    static func special(_ code: Int32) -> Key? {
        switch code {
        case recall_key_up(): return .up
        case recall_key_down(): return .down
        case recall_key_left(): return .left
        case recall_key_right(): return .right
        case recall_key_enter(): return .enter
        case recall_key_backspace(): return .backspace
        case recall_key_dc(): return .delete
        case recall_key_home(): return .home
        case recall_key_end(): return .end
        case recall_key_npage(): return .pageDown
        case recall_key_ppage(): return .pageUp
        default: return nil
        }
    }

    static func character(_ code: Int32) -> Key? {
        switch code {
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 9: return .tab
        default:
            guard let scalar = Unicode.Scalar(UInt32(bitPattern: code)) else { return nil }
            return .character(Character(scalar))
        }
    }
}
