/* The registry's word search (search.h). The index holds each project's text folded as
 * search_fold folds the query, by search_fold in SQL (sql/migrations/032_search_fold.sql,
 * the same letters), and compares words under utf8mb4_uca1400_ai_ci, where each letter below
 * equals the letter it folds to; tests/http/search.sh checks that the database agrees on
 * both. Folding the query also keeps FULLTEXT's operators (+ - * " ( ) ~ < > @) out of it. */
#include "search.h"
#include "buf.h"

#include <stdlib.h>
#include <string.h>

/* Each base letter and the letters, both cases, that fold to it. */
static const struct {
	char		 base;
	const char	*letters;
} search_letters[] = {
	{ 'a', "àáâãäåāăąạảấầẩẫậắằẳẵặÀÁÂÃÄÅĀĂĄẠẢẤẦẨẪẬẮẰẲẴẶ" },
	{ 'e', "èéêëēĕėęěẹẻẽếềểễệÈÉÊËĒĔĖĘĚẸẺẼẾỀỂỄỆ" },
	{ 'i', "ìíîïĩīĭįỉịÌÍÎÏĨĪĬĮỈỊ" },
	{ 'o', "òóôõöøōŏőơọỏốồổỗộớờởỡợÒÓÔÕÖØŌŎŐƠỌỎỐỒỔỖỘỚỜỞỠỢ" },
	{ 'u', "ùúûüũūŭůűųưụủứừửữựÙÚÛÜŨŪŬŮŰŲƯỤỦỨỪỬỮỰ" },
	{ 'y', "ýÿỳỵỷỹÝŸỲỴỶỸ" },
	{ 'd', "đďĐĎ" },
	{ 'c', "çćĉċčÇĆĈĊČ" },
	{ 'n', "ñńņňÑŃŅŇ" },
	{ 's', "śŝşšŚŜŞŠ" },
};

/* The length of the UTF-8 sequence that starts with byte c (1 for a stray byte). */
static size_t
utf8_len(unsigned char c)
{
	return c >= 0xf8 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
}

/* The letter the character of n bytes at s folds to; 0 for a separator, 1 for a combining
 * mark (U+0300–U+036F), which is dropped. */
static char
search_letter(const char *s, size_t n)
{
	unsigned char c = (unsigned char)*s;

	if (n == 1) {
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			return (char)c;
		return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : 0;
	}
	if (n == 2 && (c == 0xcc || (c == 0xcd && (unsigned char)s[1] < 0xb0)))
		return 1;
	for (size_t k = 0; k < sizeof(search_letters) / sizeof(search_letters[0]); k++)
		for (const char *l = search_letters[k].letters; *l != '\0';
		    l += utf8_len((unsigned char)*l))
			if (utf8_len((unsigned char)*l) == n && memcmp(l, s, n) == 0)
				return search_letters[k].base;
	return 0;
}

char *
search_fold(const char *s)
{
	struct buf b;
	bool gap = false;

	buf_init(&b);
	buf_puts(&b, "");
	while (*s != '\0') {
		size_t n = utf8_len((unsigned char)*s);
		char c;

		for (size_t k = 1; k < n; k++)
			if (((unsigned char)s[k] & 0xc0) != 0x80) {
				n = 1;	/* not UTF-8: a separator */
				break;
			}
		c = search_letter(s, n);
		s += n;
		if (c == 1)
			continue;
		if (c == 0) {
			gap = b.len > 0;
			continue;
		}
		if (gap)
			buf_putc(&b, ' ');
		gap = false;
		buf_putc(&b, c);
	}
	return b.data;
}

char *
search_query(const char *q, bool prefix)
{
	char *f = search_fold(q);
	struct buf b;

	if (*f == '\0') {
		free(f);
		return NULL;
	}
	buf_init(&b);
	buf_putc(&b, '+');
	for (const char *c = f; *c != '\0'; c++) {
		if (*c == ' ')
			buf_puts(&b, " +");
		else
			buf_putc(&b, *c);
	}
	if (prefix)
		buf_putc(&b, '*');
	free(f);
	return b.data;
}
