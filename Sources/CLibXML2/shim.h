// libxml2's streaming writer (xmlTextWriter), which the GraphML and GEXF exporters print through.
// Install the headers with `apt-get install libxml2-dev` ('libxml/xmlwriter.h' file not found means they
// are missing). The library itself is the one FoundationXML already links on Linux.
#pragma once
#include <libxml/xmlwriter.h>
