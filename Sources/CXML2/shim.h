#ifndef TONGHOP_CXML2_SHIM_H
#define TONGHOP_CXML2_SHIM_H
/* Debian's libxml2 is built with ICU, so its encoding.h pulls in the system's ICU headers,
 * whose UErrorCode clashes with the copy inside Foundation (_FoundationICU): a flood of
 * diagnostics, and an occasional failed build when both modules are compiled at once.
 * tonghop never touches the ICU converter fields of xmlCharEncodingHandler (it only passes
 * handler pointers libxml2 owns), so the headers are read without the ICU part. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
#endif
