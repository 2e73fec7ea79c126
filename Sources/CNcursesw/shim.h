// The C side of recall's terminal driver. Package.swift takes no pkg-config flags (SwiftPM would
// drop the -D ones, warning "prohibited flag(s)"), so the wide character API is switched on here,
// before curses.h. Macros and globals that Swift cannot use (or that Swift 6 rejects as not
// concurrency-safe) get small inline accessors.
#ifndef RECALL_NCURSES_SHIM_H
#define RECALL_NCURSES_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *recall_stdscr(void) { return stdscr; }
static inline int recall_lines(void) { return LINES; }
static inline int recall_cols(void) { return COLS; }
static inline int recall_colors(void) { return COLORS; }
static inline int recall_color_pairs(void) { return COLOR_PAIRS; }
static inline int recall_getmaxy(void) { return getmaxy(stdscr); }
static inline int recall_getmaxx(void) { return getmaxx(stdscr); }

static inline attr_t recall_a_bold(void) { return A_BOLD; }
static inline attr_t recall_a_dim(void) { return A_DIM; }
static inline attr_t recall_a_underline(void) { return A_UNDERLINE; }
static inline attr_t recall_a_reverse(void) { return A_REVERSE; }
static inline attr_t recall_a_normal(void) { return A_NORMAL; }
static inline attr_t recall_color_pair(int n) { return COLOR_PAIR(n); }

static inline int recall_key_resize(void) { return KEY_RESIZE; }
static inline int recall_key_up(void) { return KEY_UP; }
static inline int recall_key_down(void) { return KEY_DOWN; }
static inline int recall_key_left(void) { return KEY_LEFT; }
static inline int recall_key_right(void) { return KEY_RIGHT; }
static inline int recall_key_enter(void) { return KEY_ENTER; }
static inline int recall_key_backspace(void) { return KEY_BACKSPACE; }
static inline int recall_key_dc(void) { return KEY_DC; }
static inline int recall_key_home(void) { return KEY_HOME; }
static inline int recall_key_end(void) { return KEY_END; }
static inline int recall_key_npage(void) { return KEY_NPAGE; }
static inline int recall_key_ppage(void) { return KEY_PPAGE; }
static inline int recall_key_code_yes(void) { return KEY_CODE_YES; }
static inline int recall_err(void) { return ERR; }

/// Draws one cell: a character (a grapheme cluster, up to CCHARW_MAX code points) with attributes.
static inline int recall_put_cell(int y, int x, const wchar_t *chars, attr_t attributes, short pair) {
    cchar_t cell;
    if (setcchar(&cell, chars, attributes, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}
#endif
