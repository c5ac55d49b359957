// The members and contacts list: row selection, "select all N matching", bulk menu labels, sort menu.
(function () {
    'use strict';

    var form = document.getElementById('selection');
    if (!form) {
        return;
    }
    // An empty total means the page only knows that more customers match than it counts.
    var total = form.dataset.total ? parseInt(form.dataset.total, 10) : null;
    var scope = document.getElementById('selection-scope');
    var selectPage = document.getElementById('select-page');
    var rows = Array.prototype.slice.call(form.querySelectorAll('.row-select'));
    var bulkMenu = document.getElementById('bulk-menu');
    var offerMatching = document.getElementById('select-matching');
    var allMatching = document.getElementById('all-matching');
    var counter = document.getElementById('selected-count');

    function ticked() {
        return rows.filter(function (box) { return box.checked; }).length;
    }

    function refresh() {
        var matching = scope.value === 'matching';
        var count = matching ? total : ticked();
        var wholePage = rows.length > 0 && ticked() === rows.length;
        selectPage.checked = wholePage;
        selectPage.indeterminate = !wholePage && ticked() > 0;
        offerMatching.hidden = matching || !wholePage || (total !== null && total <= rows.length);
        allMatching.hidden = !matching;
        counter.textContent = count > 0 ? counter.dataset.label.replace('{n}', count) : '';
        bulkMenu.disabled = count === 0;
        document.querySelectorAll('[data-label]').forEach(function (item) {
            item.textContent = item.dataset.label.replace('{n}', count);
        });
    }

    function clearMatching() {
        scope.value = 'ids';
    }

    selectPage.addEventListener('change', function () {
        rows.forEach(function (box) { box.checked = selectPage.checked; });
        clearMatching();
        refresh();
    });
    rows.forEach(function (box) {
        box.addEventListener('change', function () {
            clearMatching();
            refresh();
        });
    });
    function selectMatching() {
        scope.value = 'matching';
        refresh();
    }

    // Beyond the page's bound the exact number is counted only now, so that the menu can say what it will touch.
    var matchingButton = document.getElementById('select-matching-button');
    matchingButton.addEventListener('click', function () {
        if (total !== null) {
            selectMatching();
            return;
        }
        matchingButton.disabled = true;
        fetch(form.dataset.countUrl, {headers: {'Accept': 'text/plain'}, credentials: 'same-origin'})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('count failed: ' + response.status);
                }
                return response.text();
            })
            .then(function (text) {
                total = parseInt(text, 10);
                selectMatching();
            })
            .finally(function () {
                matchingButton.disabled = false;
            });
    });
    document.getElementById('clear-selection').addEventListener('click', function () {
        clearMatching();
        rows.forEach(function (box) { box.checked = false; });
        refresh();
    });
    document.querySelectorAll('select[data-navigate]').forEach(function (select) {
        select.addEventListener('change', function () { window.location.href = select.value; });
    });

    // A browser may restore ticked boxes on "back"; a fresh page starts with nothing selected.
    rows.forEach(function (box) { box.checked = false; });
    clearMatching();
    refresh();
})();
