/* Debian's libxml2 is built with ICU; its encoding.h then includes ICU headers that clash with
   Foundation's own copy (UErrorCode defined twice). Mingcha never touches the ICU converter
   fields, so hide them. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
