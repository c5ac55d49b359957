// Behaviour shared by every admin page. No inline scripts: pages mark elements with data attributes instead.
(function () {
    'use strict';

    // "/" anywhere outside a text field jumps to the global search box.
    document.addEventListener('keydown', function (event) {
        var target = event.target;
        var typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
        if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
            var search = document.getElementById('global-search');
            if (search) {
                event.preventDefault();
                search.focus();
                search.select();
            }
        }
    });

    // htmx requests carry the CSRF token that Spring Security expects.
    document.addEventListener('htmx:configRequest', function (event) {
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        if (token && header && token.content) {
            event.detail.headers[header.content] = token.content;
        }
    });
})();
