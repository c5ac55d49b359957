// The members and contacts list: row selection, "select all N matching", bulk menu labels, sort menu.
(function () {
    'use strict';

    var form = document.getElementById('selection');
    if (!form) {
        return;
    }
    var total = parseInt(form.dataset.total, 10);
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
        offerMatching.hidden = matching || !wholePage || total <= rows.length;
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
    document.getElementById('select-matching-button').addEventListener('click', function () {
        scope.value = 'matching';
        refresh();
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
