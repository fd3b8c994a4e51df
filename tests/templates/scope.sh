#!/usr/bin/env bash
# Templates: the public page files included into one stylesheet (site.xsl) declare no top-level variable or parameter; libxslt evaluates each of those on every
# transform, and two files declaring one name stop every public page from compiling.
. "$top_srcdir/tests/lib/tap.sh"

dir=$top_srcdir/templates/public
pages=$(xmllint --xpath '//*[local-name() = "include"]/@href' "$dir/site.xsl" | sed 's/ *href="\([^"]*\)"/\1\n/g')
ok "site.xsl includes the page files" test -n "$pages"
for f in $pages; do
	n=$(xmllint --xpath 'count(/*/*[local-name() = "variable" or local-name() = "param"])' "$dir/$f")
	is "$n" 0 "$f declares its variables inside its templates"
done
done_testing
