if (!document.documentElement.hasAttribute('data-lms-package'))
  for (const f of document.querySelectorAll('[data-answer]:not([data-saved]):not([data-filled])'))
    try {
      const k = f.dataset.answer;
      const a = JSON.parse(localStorage.getItem('course:v1:answers:' + k) || '{}').v;
      const t = f.querySelector('textarea, input[type=text]');
      if (f.dataset.answerType === 'text' && typeof a === 'string') {
        if (a && t && t.value === t.defaultValue) {
          t.value = a;
          f.dataset.filled = '';
        }
      } else if ((a != null && a !== '') || localStorage.getItem('course:v1:early-edits:' + k)) f.dataset.saved = '';
    } catch {
      // Storage blocked or unreadable: the island shows what it can when it wakes.
    }
