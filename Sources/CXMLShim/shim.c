#include "CXMLShim.h"
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>
#include <libxml/xmlerror.h>
#include <libxml/globals.h>
#include <pthread.h>

static void khabar_ignore_generic(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static void khabar_ignore_structured(void *ctx, xmlErrorPtr err) { (void)ctx; (void)err; }

static pthread_once_t khabar_once = PTHREAD_ONCE_INIT;
static void khabar_init(void) { xmlInitParser(); }

/* Error handlers are per thread in libxml2: set them on every call. */
static void khabar_prepare(void) {
    pthread_once(&khabar_once, khabar_init);
    xmlSetGenericErrorFunc(NULL, khabar_ignore_generic);
    xmlSetStructuredErrorFunc(NULL, khabar_ignore_structured);
}

khabar_doc *khabar_html_read(const char *bytes, int length, const char *encoding) {
    khabar_prepare();
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                | HTML_PARSE_COMPACT | HTML_PARSE_NOBLANKS;
    if (encoding) options |= HTML_PARSE_IGNORE_ENC;
    return (khabar_doc *)htmlReadMemory(bytes, length, NULL, encoding, options);
}

khabar_doc *khabar_xml_read(const char *bytes, int length, const char *encoding) {
    khabar_prepare();
    int options = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING
                | XML_PARSE_NOCDATA | XML_PARSE_COMPACT | XML_PARSE_NOENT;
    if (encoding) options |= XML_PARSE_IGNORE_ENC;
    return (khabar_doc *)xmlReadMemory(bytes, length, NULL, encoding, options);
}

void khabar_doc_free(khabar_doc *doc) { if (doc) xmlFreeDoc((xmlDocPtr)doc); }
khabar_node *khabar_doc_root(khabar_doc *doc) { return (khabar_node *)xmlDocGetRootElement((xmlDocPtr)doc); }

int khabar_node_kind(const khabar_node *node) {
    switch (((const xmlNode *)node)->type) {
    case XML_ELEMENT_NODE: return KHABAR_NODE_ELEMENT;
    case XML_TEXT_NODE: case XML_CDATA_SECTION_NODE: return KHABAR_NODE_TEXT;
    default: return KHABAR_NODE_OTHER;
    }
}
const char *khabar_node_name(const khabar_node *node) { return (const char *)((const xmlNode *)node)->name; }
const char *khabar_node_prefix(const khabar_node *node) {
    const xmlNode *n = (const xmlNode *)node;
    return (n->type == XML_ELEMENT_NODE && n->ns && n->ns->prefix) ? (const char *)n->ns->prefix : NULL;
}
const char *khabar_node_text(const khabar_node *node) { return (const char *)((const xmlNode *)node)->content; }
khabar_node *khabar_node_first_child(const khabar_node *node) { return (khabar_node *)((const xmlNode *)node)->children; }
khabar_node *khabar_node_next(const khabar_node *node) { return (khabar_node *)((const xmlNode *)node)->next; }

khabar_attr *khabar_node_first_attr(const khabar_node *node) {
    const xmlNode *n = (const xmlNode *)node;
    return n->type == XML_ELEMENT_NODE ? (khabar_attr *)n->properties : NULL;
}
khabar_attr *khabar_attr_next(const khabar_attr *attr) { return (khabar_attr *)((const xmlAttr *)attr)->next; }
const char *khabar_attr_name(const khabar_attr *attr) { return (const char *)((const xmlAttr *)attr)->name; }
const char *khabar_attr_prefix(const khabar_attr *attr) {
    const xmlAttr *a = (const xmlAttr *)attr;
    return (a->ns && a->ns->prefix) ? (const char *)a->ns->prefix : NULL;
}
char *khabar_attr_value(const khabar_attr *attr) {
    const xmlAttr *a = (const xmlAttr *)attr;
    return (char *)xmlNodeListGetString(a->doc, a->children, 1);
}

void khabar_xml_free(void *ptr) { if (ptr) xmlFree(ptr); }
