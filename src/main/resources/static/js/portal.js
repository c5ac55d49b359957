// Behaviour of the members portal's pages. No inline scripts: elements ask for behaviour with data attributes.
(function () {
    'use strict';

    // A button marked data-print prints the page, e.g. an invoice.
    document.addEventListener('click', function (event) {
        var button = event.target.closest('[data-print]');
        if (button) {
            event.preventDefault();
            window.print();
        }
    });
})();
