// libxml2's streaming writer (xmlTextWriter), which the GraphML and GEXF exporters print through.
// Install the headers with `apt-get install libxml2-dev` ('libxml/xmlwriter.h' file not found means they
// are missing). The library itself is the one FoundationXML already links on Linux.
#pragma once
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, so its encoding header would pull in the system's ICU headers, whose
// `UErrorCode` clashes with the one Foundation's own ICU module (_FoundationICU) declares: a module that
// imports both fails to build, depending on which module was compiled first. The writer never touches
// ICU (it writes UTF-8 as it is), so the ICU part of libxml2's headers is left out.
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlwriter.h>
