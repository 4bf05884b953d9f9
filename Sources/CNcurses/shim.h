#ifndef PIER_CNCURSES_SHIM_H
#define PIER_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <ncursesw/curses.h>

/* Accessors for curses globals and macros, which Swift cannot import or calls unsafe. */
static inline WINDOW *pier_stdscr(void) { return stdscr; }
static inline SCREEN *pier_newterm_stdio(void) { return newterm(NULL, stdout, stdin); }
static inline int pier_lines(void) { return LINES; }
static inline int pier_cols(void) { return COLS; }
static inline int pier_colors(void) { return COLORS; }
static inline int pier_color_pairs(void) { return COLOR_PAIRS; }
static inline void pier_set_escdelay(int ms) { set_escdelay(ms); }
static inline int pier_key_resize(void) { return KEY_RESIZE; }
static inline int pier_key_mouse(void) { return KEY_MOUSE; }
static inline int pier_key_up(void) { return KEY_UP; }
static inline int pier_key_down(void) { return KEY_DOWN; }
static inline int pier_key_left(void) { return KEY_LEFT; }
static inline int pier_key_right(void) { return KEY_RIGHT; }
static inline int pier_key_home(void) { return KEY_HOME; }
static inline int pier_key_end(void) { return KEY_END; }
static inline int pier_key_npage(void) { return KEY_NPAGE; }
static inline int pier_key_ppage(void) { return KEY_PPAGE; }
static inline int pier_key_enter(void) { return KEY_ENTER; }
static inline int pier_key_backspace(void) { return KEY_BACKSPACE; }
static inline int pier_key_btab(void) { return KEY_BTAB; }
static inline int pier_key_dc(void) { return KEY_DC; }
static inline int pier_key_f(int n) { return KEY_F(n); }
static inline int pier_ok(void) { return OK; }
static inline int pier_err(void) { return ERR; }
static inline int pier_key_code_yes(void) { return KEY_CODE_YES; }
static inline attr_t pier_a_bold(void) { return A_BOLD; }
static inline attr_t pier_a_underline(void) { return A_UNDERLINE; }
static inline attr_t pier_a_reverse(void) { return A_REVERSE; }
static inline attr_t pier_a_dim(void) { return A_DIM; }
static inline attr_t pier_a_normal(void) { return A_NORMAL; }
static inline mmask_t pier_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t pier_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t pier_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t pier_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t pier_button5_pressed(void) { return BUTTON5_PRESSED; }

/* Draws one cell: a UTF-32 grapheme (up to 5 code points), attributes and a colour pair. */
static inline int pier_put_cell(WINDOW *w, int y, int x, const wchar_t *chars, attr_t attrs, int pair) {
    cchar_t cell;
    if (setcchar(&cell, chars, attrs, (short)(pair > 32767 ? 0 : pair), NULL) != OK) return ERR;
    return mvwadd_wch(w, y, x, &cell);
}

/* Reads back one cell's text (for off-screen tests). */
static inline int pier_get_cell(WINDOW *w, int y, int x, wchar_t *out, int max) {
    cchar_t cell;
    attr_t attrs;
    short pair;
    wchar_t buf[CCHARW_MAX + 1];
    if (mvwin_wch(w, y, x, &cell) != OK) return ERR;
    if (getcchar(&cell, buf, &attrs, &pair, NULL) == ERR) return ERR;
    int i = 0;
    for (; i < max - 1 && buf[i]; i++) out[i] = buf[i];
    out[i] = 0;
    return OK;
}

static inline int pier_get_wch(WINDOW *w, unsigned int *out) {
    wint_t ch;
    int r = wget_wch(w, &ch);
    *out = (unsigned int)ch;
    return r;
}
#endif
