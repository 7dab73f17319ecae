#include "http_get.h"

#include <curl/curl.h>
#include <stdio.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The few libcurl functions a GET needs, looked up once. Variadic ones are called through
 * pointers of their real (variadic) type, so the C compiler passes the arguments correctly. */
static struct {
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
    CURLcode (*easy_perform)(CURL *);
    CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
    void (*easy_cleanup)(CURL *);
    const char *(*easy_strerror)(CURLcode);
    CURLcode (*global_init)(long);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
} curl;
static char load_error[200];
static pthread_once_t load_once = PTHREAD_ONCE_INIT;

static void load(void) {
    void *lib = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        const char *why = dlerror();
        snprintf(load_error, sizeof load_error, "libcurl could not be loaded (install libcurl4): %s", why ? why : "not found");
        return;
    }
#define FIND(field, name) do { *(void **)&curl.field = dlsym(lib, name); \
        if (!curl.field) { snprintf(load_error, sizeof load_error, "libcurl lacks %s", name); return; } } while (0)
    FIND(easy_init, "curl_easy_init");
    FIND(easy_setopt, "curl_easy_setopt");
    FIND(easy_perform, "curl_easy_perform");
    FIND(easy_getinfo, "curl_easy_getinfo");
    FIND(easy_cleanup, "curl_easy_cleanup");
    FIND(easy_strerror, "curl_easy_strerror");
    FIND(global_init, "curl_global_init");
    FIND(slist_append, "curl_slist_append");
    FIND(slist_free_all, "curl_slist_free_all");
#undef FIND
    if (curl.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        snprintf(load_error, sizeof load_error, "libcurl could not be initialised");
    }
}

typedef struct {
    mingcha_http_answer *answer;
    size_t capacity;
    size_t max_bytes;
} transfer;

/* Counts what actually arrives: a lying Content-Length or a growing compressed body stops here. */
static size_t on_body(char *data, size_t size, size_t count, void *context) {
    transfer *t = context;
    size_t n = size * count;
    mingcha_http_answer *a = t->answer;
    if (a->body_length + n > t->max_bytes) { a->too_large = 1; return 0; }
    if (a->body_length + n > t->capacity) {
        size_t want = t->capacity ? t->capacity * 2 : 65536;
        while (want < a->body_length + n) want *= 2;
        if (want > t->max_bytes) want = t->max_bytes;
        unsigned char *grown = realloc(a->body, want);
        if (!grown) return 0;
        a->body = grown;
        t->capacity = want;
    }
    memcpy(a->body + a->body_length, data, n);
    a->body_length += n;
    return n;
}

/* Keeps the Location header exactly as the server sent it (the caller judges its scheme). */
static size_t on_header(char *line, size_t size, size_t count, void *context) {
    transfer *t = context;
    size_t n = size * count;
    if (n > 9 && strncasecmp(line, "location:", 9) == 0) {
        size_t start = 9, end = n;
        while (start < end && (line[start] == ' ' || line[start] == '\t')) start++;
        while (end > start && (line[end - 1] == '\r' || line[end - 1] == '\n' || line[end - 1] == ' ')) end--;
        free(t->answer->location);
        t->answer->location = strndup(line + start, end - start);
    }
    return n;
}

static char *copy(const char *s) { return s ? strdup(s) : NULL; }

int mingcha_http_get(const char *url, const char *user_agent, const char *accept, size_t max_bytes,
                     long timeout_ms, mingcha_http_answer *answer) {
    memset(answer, 0, sizeof *answer);
    pthread_once(&load_once, load);
    if (load_error[0]) {
        snprintf(answer->error, sizeof answer->error, "%s", load_error);
        return -1;
    }
    CURL *h = curl.easy_init();
    if (!h) {
        snprintf(answer->error, sizeof answer->error, "libcurl could not start a transfer");
        return -1;
    }
    transfer t = { answer, 0, max_bytes };
    char accept_header[300];
    snprintf(accept_header, sizeof accept_header, "Accept: %s", accept);
    struct curl_slist *headers = curl.slist_append(NULL, accept_header);
    char error[CURL_ERROR_SIZE] = "";

    curl.easy_setopt(h, CURLOPT_URL, url);
#if LIBCURL_VERSION_NUM >= 0x075500
    curl.easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
#else
    curl.easy_setopt(h, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
    curl.easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
    curl.easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl.easy_setopt(h, CURLOPT_TIMEOUT_MS, timeout_ms);
    curl.easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)max_bytes);
    curl.easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
    curl.easy_setopt(h, CURLOPT_USERAGENT, user_agent);
    curl.easy_setopt(h, CURLOPT_HTTPHEADER, headers);
    curl.easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
    curl.easy_setopt(h, CURLOPT_WRITEDATA, &t);
    curl.easy_setopt(h, CURLOPT_HEADERFUNCTION, on_header);
    curl.easy_setopt(h, CURLOPT_HEADERDATA, &t);
    curl.easy_setopt(h, CURLOPT_ERRORBUFFER, error);

    CURLcode code = curl.easy_perform(h);
    answer->curl_code = (int)code;
    if (code == CURLE_FILESIZE_EXCEEDED) answer->too_large = 1;
    curl.easy_getinfo(h, CURLINFO_RESPONSE_CODE, &answer->status);
    char *s = NULL;
    if (curl.easy_getinfo(h, CURLINFO_REDIRECT_URL, &s) == CURLE_OK) answer->redirect_url = copy(s);
    s = NULL;
    if (curl.easy_getinfo(h, CURLINFO_EFFECTIVE_URL, &s) == CURLE_OK) answer->effective_url = copy(s);
    s = NULL;
    if (curl.easy_getinfo(h, CURLINFO_CONTENT_TYPE, &s) == CURLE_OK) answer->content_type = copy(s);
    if (code != CURLE_OK) {
        snprintf(answer->error, sizeof answer->error, "%s", error[0] ? error : curl.easy_strerror(code));
    }
    curl.slist_free_all(headers);
    curl.easy_cleanup(h);
    return 0;
}

void mingcha_http_answer_free(mingcha_http_answer *a) {
    free(a->location); free(a->redirect_url); free(a->effective_url); free(a->content_type); free(a->body);
    memset(a, 0, sizeof *a);
}
