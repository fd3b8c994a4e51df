/* The public program's vocabularies, each listed once for its C tables (the parameters'
 * choices); tests/unit/test_vocab.c checks the schema's ENUMs, the XSD and openapi.json
 * against these lists. */
#ifndef MB_VOCAB_H
#define MB_VOCAB_H

#define VOCAB_PROJECT_STATUSES \
  "approved", "construction", "operating", "delayed", "suspended", "revoked", "expired"
#define VOCAB_AUTHORITIES	"province", "central"
#define VOCAB_ZONE_KINDS	"kcn", "kkt"
#define VOCAB_ZONE_STATUSES	"planned", "construction", "operating", "suspended"
#define VOCAB_SORTS \
  "name", "name_desc", "capital", "capital_desc", "date", "date_desc"

#endif
