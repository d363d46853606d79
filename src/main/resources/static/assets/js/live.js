// Live updates for signed-in members (Server-Sent Events from /live): the bell refreshes when a
// notification arrives, and a discussion page shows comments posted while it is open, announced
// politely to screen readers. Signals carry only ids; what to show is fetched through the same
// access checks as the pages. Without this script the pages work as before, on reload.
(function () {
  'use strict';

  if (!window.EventSource) {
    return;
  }
  var script = document.currentScript;
  var marker = document.querySelector('[data-live-discussion]');
  var url = script.getAttribute('data-live') + (marker ? '?discussion=' + encodeURIComponent(marker.getAttribute('data-live-discussion')) : '');
  var source = new EventSource(url);
  var fetchingComments = false;
  var commentsAgain = false;

  source.addEventListener('notifications', function () {
    var bell = document.getElementById('notification-bell');
    if (!bell) {
      return;
    }
    fetch(script.getAttribute('data-bell'), { credentials: 'same-origin', headers: { 'HX-Request': 'true' } })
      // After signing out the bell's address sends to the sign-in page: that is not a bell.
      .then(function (response) { return response.ok && !response.redirected ? response.text() : null; })
      .then(function (html) {
        var current = document.getElementById('notification-bell');
        if (html !== null && current) {
          current.outerHTML = html;
          if (window.htmx) {
            window.htmx.process(document.getElementById('notification-bell') || document.body);
          }
        }
      })
      .catch(function () { /* the next signal or page load catches up */ });
  });

  if (marker) {
    source.addEventListener('comment', fetchComments);
  }

  // The newest comment shown: new ones all have larger ids.
  function lastShownId() {
    var last = 0;
    document.querySelectorAll('article.comment[id^="comment-"]').forEach(function (article) {
      var id = parseInt(article.id.substring(8), 10);
      if (id > last) {
        last = id;
      }
    });
    return Math.max(last, parseInt(marker.getAttribute('data-live-seen') || '0', 10));
  }

  function fetchComments() {
    if (fetchingComments) {
      commentsAgain = true;
      return;
    }
    fetchingComments = true;
    var after = lastShownId();
    fetch(marker.getAttribute('data-live-after') + after, { credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          return null;
        }
        var more = response.headers.get('X-More-Comments') === 'true';
        return response.text().then(function (html) { return { html: html, more: more }; });
      })
      .then(function (answer) {
        fetchingComments = false;
        if (answer) {
          place(answer.html, after);
          if (answer.more) {
            commentsAgain = true;
          }
        }
        if (commentsAgain) {
          commentsAgain = false;
          fetchComments();
        }
      })
      .catch(function () { fetchingComments = false; });
  }

  function place(html, after) {
    var template = document.createElement('template');
    template.innerHTML = html;
    var list = document.querySelector('.comments .comment-list');
    var tail = marker.getAttribute('data-live-tail') === 'true';
    var added = 0;
    var seen = after;
    template.content.querySelectorAll('li').forEach(function (item) {
      var article = item.querySelector('article.comment');
      if (!article) {
        return;
      }
      var id = parseInt(article.id.substring(8), 10);
      seen = Math.max(seen, id);
      // Already there: the poster's own page after the redirect, or a signal that came twice.
      if (document.getElementById(article.id)) {
        return;
      }
      var root = item.getAttribute('data-root');
      if (root) {
        var rootItem = document.getElementById('comment-' + root);
        rootItem = rootItem && rootItem.closest('li.comment-item');
        if (!rootItem) {
          return; // under a comment on another page of the thread
        }
        var replies = rootItem.querySelector('ol.replies');
        if (!replies) {
          replies = document.createElement('ol');
          replies.className = 'list-unstyled replies';
          rootItem.appendChild(replies);
        }
        item.removeAttribute('data-root');
        replies.appendChild(item);
        added++;
      } else if (tail && list) {
        list.appendChild(item);
        added++;
      }
    });
    // Comments placed nowhere (on other pages) are not fetched again at the next signal.
    marker.setAttribute('data-live-seen', String(seen));
    if (added > 0) {
      announce(added);
    }
  }

  function announce(count) {
    var status = document.getElementById('live-status');
    if (!status) {
      return;
    }
    var text = count === 1 ? marker.getAttribute('data-live-one')
      : marker.getAttribute('data-live-many').replace('{n}', String(count));
    // Emptied first, so the same words twice in a row are announced again.
    status.textContent = '';
    window.setTimeout(function () { status.textContent = text; }, 50);
  }
})();
