// Non-variadic wrappers over libedit's el_set, el_get and history.
//
// Swift cannot call C variadic functions, so each el_set / history operation that
// LineEditor needs gets one fixed-signature function here. The header declares the
// libedit types only as incomplete structs, so it never competes with <histedit.h>
// (imported through CEditLine) for the same definitions.

#ifndef ADSH_CEDITLINE_SHIM_H
#define ADSH_CEDITLINE_SHIM_H

struct editline;
struct history;

/// A prompt function: returns the prompt text for the editor.
typedef char *(*adsh_el_prompt_fn)(struct editline *el);

/// A user-defined editor command, bound to a key with adsh_el_bind.
typedef unsigned char (*adsh_el_command_fn)(struct editline *el, int ch);

/// Creates an editor reading the process's standard input and writing to its standard
/// output and error; NULL when libedit cannot allocate one.
struct editline *adsh_el_init_stdio(const char *program_name);

/// Writes text to the editor's output stream and flushes it.
int adsh_el_write_output(struct editline *el, const char *text);

/// Selects the key binding set: "emacs" or "vi".
int adsh_el_set_editor(struct editline *el, const char *mode);

/// Sets the function that supplies the prompt.
int adsh_el_set_prompt(struct editline *el, adsh_el_prompt_fn prompt);

/// Lets libedit install its own signal handlers (window size changes, suspend).
int adsh_el_set_signal(struct editline *el, int enabled);

/// Attaches the history used for up/down arrows and incremental search.
int adsh_el_set_history(struct editline *el, struct history *hist);

/// Stores an opaque pointer that callbacks can read back with adsh_el_get_clientdata.
int adsh_el_set_clientdata(struct editline *el, void *data);

/// Returns the pointer stored with adsh_el_set_clientdata, or NULL.
void *adsh_el_get_clientdata(struct editline *el);

/// Binds a key sequence (e.g. "^R") to a named editor command.
int adsh_el_bind(struct editline *el, const char *key, const char *command);

/// Binds a key sequence in the alternate key map (vi's command mode).
int adsh_el_bind_alternate(struct editline *el, const char *key, const char *command);

/// Registers a user-defined editor command under a name.
int adsh_el_add_function(
    struct editline *el, const char *name, const char *help, adsh_el_command_fn command);

/// Returns the terminal width in columns, or 80 when libedit does not know it.
int adsh_el_columns(struct editline *el);

/// Bounds the number of remembered entries.
int adsh_history_set_size(struct history *hist, int size);

/// When non-zero, an entry equal to the previous one is not added again.
int adsh_history_set_unique(struct history *hist, int unique);

/// Adds one entry.
int adsh_history_enter(struct history *hist, const char *line);

/// Reads entries from a history file written by adsh_history_save.
int adsh_history_load(struct history *hist, const char *path);

/// Writes all entries to a file.
int adsh_history_save(struct history *hist, const char *path);

/// Fills `lines` with up to `capacity` entries, newest first, and returns how many. The
/// pointers stay valid until the history changes.
int adsh_history_copy(struct history *hist, const char **lines, int capacity);

/// Removes every entry.
int adsh_history_clear(struct history *hist);

#endif
