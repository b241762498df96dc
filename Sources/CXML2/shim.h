#ifndef TONGHOP_CXML2_SHIM_H
#define TONGHOP_CXML2_SHIM_H
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
#endif
