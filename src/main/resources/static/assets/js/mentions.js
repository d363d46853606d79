// Suggestions for @mentions in text areas marked with data-mention-source: typing @ and a few
// letters lists matching members of the community; choosing one writes [@Name](/members/ID).
// Keyboard: arrows move, Enter or Tab choose, Escape closes. Without this script people can
// still write the link by hand.
(function () {
  'use strict';

  // An @ at the start or after a space, then up to 30 characters of a name (names have spaces).
  var TYPED = /(^|\s)@([^\s@\[\]()][^@\[\]()\n]{0,29})$/;

  function setUp(area) {
    var source = area.getAttribute('data-mention-source');
    var list = document.createElement('ul');
    var status = document.createElement('div');
    var options = [];
    var active = -1;
    var timer = null;
    var query = null;

    list.id = area.id + '-mentions';
    list.className = 'mention-list list-group';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', area.getAttribute('data-mention-label') || 'Members');
    list.hidden = true;
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    area.insertAdjacentElement('afterend', list);
    list.insertAdjacentElement('afterend', status);
    area.setAttribute('aria-autocomplete', 'list');
    area.setAttribute('aria-controls', list.id);

    function close() {
      list.hidden = true;
      list.innerHTML = '';
      options = [];
      active = -1;
      area.removeAttribute('aria-activedescendant');
    }

    function highlight(index) {
      options.forEach(function (li, i) {
        li.classList.toggle('active', i === index);
        li.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      active = index;
      if (index >= 0) {
        area.setAttribute('aria-activedescendant', options[index].id);
      }
    }

    function choose(index) {
      var li = options[index];
      if (!li || query === null) {
        return;
      }
      var caret = area.selectionStart;
      var before = area.value.slice(0, caret);
      var start = before.length - query.length - 1;
      var link = '[@' + li.getAttribute('data-name') + '](/members/' + li.getAttribute('data-id') + ') ';
      area.value = area.value.slice(0, start) + link + area.value.slice(caret);
      var at = start + link.length;
      area.setSelectionRange(at, at);
      close();
      area.focus();
    }

    function show(people) {
      close();
      people.forEach(function (person, i) {
        var li = document.createElement('li');
        li.id = list.id + '-' + i;
        li.className = 'list-group-item list-group-item-action';
        li.setAttribute('role', 'option');
        li.setAttribute('data-id', person.id);
        li.setAttribute('data-name', person.displayName);
        li.textContent = person.displayName;
        li.addEventListener('mousedown', function (e) {
          e.preventDefault();
          choose(i);
        });
        list.appendChild(li);
        options.push(li);
      });
      status.textContent = people.length ? people.length + ' ' + (area.getAttribute('data-mention-found') || 'suggestions') : '';
      if (people.length) {
        list.hidden = false;
        highlight(0);
      }
    }

    function lookUp() {
      var match = TYPED.exec(area.value.slice(0, area.selectionStart));
      if (!match) {
        query = null;
        close();
        return;
      }
      query = match[2];
      var asked = query;
      fetch(source + '?q=' + encodeURIComponent(asked), {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (people) { if (asked === query) { show(people); } })
        .catch(close);
    }

    area.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(lookUp, 150);
    });
    area.addEventListener('keydown', function (e) {
      if (list.hidden) {
        return;
      }
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        var next = active + (e.key === 'ArrowDown' ? 1 : -1);
        highlight((next + options.length) % options.length);
      } else if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        choose(active);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        close();
      }
    });
    area.addEventListener('blur', function () { setTimeout(close, 150); });
  }

  function init() {
    document.querySelectorAll('textarea[data-mention-source]').forEach(setUp);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
