#include "CWordBreaks.h"

#include <unicode/ubrk.h>

int32_t briefing_word_boundaries(
    const char *locale, const uint16_t *text, int32_t length, int32_t *boundaries, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, locale, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) {
        if (iterator != NULL) ubrk_close(iterator);
        return -1;
    }
    int32_t count = 0;
    for (int32_t boundary = ubrk_first(iterator); boundary != UBRK_DONE; boundary = ubrk_next(iterator)) {
        if (count == capacity) {
            count = -1;
            break;
        }
        boundaries[count++] = boundary;
    }
    ubrk_close(iterator);
    return count;
}
