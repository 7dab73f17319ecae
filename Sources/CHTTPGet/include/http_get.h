#ifndef MINGCHA_HTTP_GET_H
#define MINGCHA_HTTP_GET_H

#include <stddef.h>

/* One HTTP GET through libcurl, which is loaded (dlopen) the first time it is needed, so a scan
 * that fetches nothing never loads libcurl and the libraries it pulls in (TLS, Kerberos, LDAP...).
 * Redirects are not followed here: the caller judges each Location and asks again. */

typedef struct mingcha_http_answer {
    int curl_code;          /* CURLcode of the transfer, 0 when it completed */
    long status;            /* HTTP status, 0 when none arrived */
    int too_large;          /* the declared length or the body went past max_bytes */
    char *location;         /* the Location header as sent, or NULL */
    char *redirect_url;     /* that location resolved against the request URL, or NULL */
    char *effective_url;    /* the URL that answered, or NULL */
    char *content_type;     /* Content-Type, or NULL */
    unsigned char *body;    /* the body (decoded when compressed), body_length bytes */
    size_t body_length;
    char error[256];        /* libcurl's words for a failure, or the reason it could not be loaded */
} mingcha_http_answer;

/* Returns 0 when libcurl ran the request (see curl_code), -1 when libcurl cannot be loaded. */
int mingcha_http_get(const char *url, const char *user_agent, const char *accept, size_t max_bytes,
                     long timeout_ms, mingcha_http_answer *answer);

void mingcha_http_answer_free(mingcha_http_answer *answer);

#endif
