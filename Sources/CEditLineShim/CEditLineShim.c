#include "CEditLineShim.h"

#include <histedit.h>
#include <stddef.h>
#include <stdio.h>

EditLine *adsh_el_init_stdio(const char *program_name) {
  return el_init(program_name, stdin, stdout, stderr);
}

int adsh_el_write_output(EditLine *el, const char *text) {
  FILE *output = NULL;
  if (el_get(el, EL_GETFP, 1, &output) != 0 || output == NULL) {
    output = stdout;
  }
  if (fputs(text, output) == EOF) {
    return -1;
  }
  return fflush(output);
}

int adsh_el_set_editor(EditLine *el, const char *mode) {
  return el_set(el, EL_EDITOR, mode);
}

int adsh_el_set_prompt(EditLine *el, adsh_el_prompt_fn prompt) {
  return el_set(el, EL_PROMPT, prompt);
}

int adsh_el_set_signal(EditLine *el, int enabled) {
  return el_set(el, EL_SIGNAL, enabled);
}

int adsh_el_set_history(EditLine *el, History *hist) {
  return el_set(el, EL_HIST, history, hist);
}

int adsh_el_set_clientdata(EditLine *el, void *data) {
  return el_set(el, EL_CLIENTDATA, data);
}

void *adsh_el_get_clientdata(EditLine *el) {
  void *data = NULL;
  if (el_get(el, EL_CLIENTDATA, &data) != 0) {
    return NULL;
  }
  return data;
}

int adsh_el_bind(EditLine *el, const char *key, const char *command) {
  return el_set(el, EL_BIND, key, command, (const char *)NULL);
}

int adsh_el_add_function(
    EditLine *el, const char *name, const char *help, adsh_el_command_fn command) {
  return el_set(el, EL_ADDFN, name, help, command);
}

int adsh_el_columns(EditLine *el) {
  int columns = 0;
  if (el_get(el, EL_GETTC, "co", &columns, (void *)NULL) != 0 || columns <= 0) {
    return 80;
  }
  return columns;
}

int adsh_history_set_size(History *hist, int size) {
  HistEvent event;
  return history(hist, &event, H_SETSIZE, size);
}

int adsh_history_set_unique(History *hist, int unique) {
  HistEvent event;
  return history(hist, &event, H_SETUNIQUE, unique);
}

int adsh_history_enter(History *hist, const char *line) {
  HistEvent event;
  return history(hist, &event, H_ENTER, line);
}

int adsh_history_load(History *hist, const char *path) {
  HistEvent event;
  return history(hist, &event, H_LOAD, path);
}

int adsh_history_save(History *hist, const char *path) {
  HistEvent event;
  return history(hist, &event, H_SAVE, path);
}

int adsh_history_clear(History *hist) {
  HistEvent event;
  return history(hist, &event, H_CLEAR);
}

int adsh_history_copy(History *hist, const char **lines, int capacity) {
  HistEvent event;
  int count = 0;
  if (history(hist, &event, H_FIRST) != 0) {
    return 0;
  }
  do {
    if (count >= capacity) {
      break;
    }
    lines[count++] = event.str;
  } while (history(hist, &event, H_NEXT) == 0);
  return count;
}

int adsh_el_bind_alternate(EditLine *el, const char *key, const char *command) {
  return el_set(el, EL_BIND, "-a", key, command, (const char *)NULL);
}
