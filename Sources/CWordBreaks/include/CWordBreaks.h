#ifndef CWORDBREAKS_H
#define CWORDBREAKS_H

#include <stdint.h>

// ICU's word boundaries behind plain C types: Swift cannot import ICU's own headers next to
// Foundation's private copy of ICU (the same enums, other members), nor its versioned names
// (ubrk_open_72, a macro).

/// Writes the word boundaries of `text` (UTF-16, `length` units) for `locale` into `boundaries`
/// (at most `capacity`, in UTF-16 offsets, the text's start and end included) and returns how
/// many there are, or -1 when ICU cannot segment the text or there are more than `capacity`.
int32_t briefing_word_boundaries(
    const char *locale, const uint16_t *text, int32_t length, int32_t *boundaries, int32_t capacity);

#endif
