#ifndef KHABAR_CXMLSHIM_H
#define KHABAR_CXMLSHIM_H
/*
 * A narrow C face of libxml2 for Khabar's Swift code.
 *
 * libxml2's own headers pull in ICU declarations that clash with Foundation's copy of ICU when both are
 * imported into one Swift module, and xmlFree is a global function pointer Swift cannot call. So Swift
 * sees only this header: opaque pointers and plain functions. Every pointer returned below is owned
 * by its document and valid until khabar_doc_free.
 */
#include <stddef.h>

typedef struct khabar_doc khabar_doc;
typedef struct khabar_node khabar_node;
typedef struct khabar_attr khabar_attr;

enum { KHABAR_NODE_OTHER = 0, KHABAR_NODE_ELEMENT = 1, KHABAR_NODE_TEXT = 2 };

/// Parses HTML leniently (recover, no network, no error output). encoding may be NULL (the document's
/// own <meta charset> is then honoured); when given, declarations in the document are ignored.
khabar_doc *khabar_html_read(const char *bytes, int length, const char *encoding);
/// Parses XML leniently (recover, no network, entities substituted, CDATA merged as text).
khabar_doc *khabar_xml_read(const char *bytes, int length, const char *encoding);
void khabar_doc_free(khabar_doc *doc);
khabar_node *khabar_doc_root(khabar_doc *doc);

int khabar_node_kind(const khabar_node *node);
const char *khabar_node_name(const khabar_node *node);
/// Namespace prefix of an element or attribute node, or NULL.
const char *khabar_node_prefix(const khabar_node *node);
/// Text of a text/CDATA node, or NULL.
const char *khabar_node_text(const khabar_node *node);
khabar_node *khabar_node_first_child(const khabar_node *node);
khabar_node *khabar_node_next(const khabar_node *node);

khabar_attr *khabar_node_first_attr(const khabar_node *node);
khabar_attr *khabar_attr_next(const khabar_attr *attr);
const char *khabar_attr_name(const khabar_attr *attr);
const char *khabar_attr_prefix(const khabar_attr *attr);
/// The attribute's value (allocated; release with khabar_xml_free), or NULL.
char *khabar_attr_value(const khabar_attr *attr);

/// Frees memory allocated by libxml2.
void khabar_xml_free(void *ptr);

#endif
