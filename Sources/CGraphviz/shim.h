// The Graphviz C API as Swift sees it: the installed headers plus a few inline helpers.
// Install the headers with `apt-get install libgraphviz-dev` ('gvc.h' file not found means they are missing).
#pragma once
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
