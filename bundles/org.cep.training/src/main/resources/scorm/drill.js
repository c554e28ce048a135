/* The drill SCO: shows the questions, scores an attempt the way the platform does (a question counts only
   when exactly the correct options are chosen) and reports the score (0-100) and passed/failed to the LMS. */
(function () {
  'use strict';
  var data = window.CEP_DRILL;
  var form = document.getElementById('drill');
  var result = document.getElementById('result');
  function el(tag, text) {
    var e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  data.questions.forEach(function (q, qi) {
    var box = el('fieldset');
    box.appendChild(el('legend', (qi + 1) + '. ' + q.prompt + (q.kind === 'MULTIPLE' ? '（多选 / multiple）' : '')));
    q.options.forEach(function (o, oi) {
      var label = el('label');
      var input = el('input');
      input.type = q.kind === 'MULTIPLE' ? 'checkbox' : 'radio';
      input.name = 'q' + qi;
      input.value = String(oi);
      label.appendChild(input);
      label.appendChild(document.createTextNode(' ' + o));
      box.appendChild(label);
    });
    var explain = el('p');
    explain.className = 'explanation';
    box.appendChild(explain);
    form.appendChild(box);
  });
  var submit = el('button', '提交 / Submit');
  submit.type = 'submit';
  form.appendChild(submit);
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var right = 0;
    data.questions.forEach(function (q, qi) {
      var chosen = [];
      form.querySelectorAll('input[name="q' + qi + '"]').forEach(function (i) { if (i.checked) chosen.push(Number(i.value)); });
      var ok = chosen.length === q.correct.length && chosen.every(function (c) { return q.correct.indexOf(c) >= 0; });
      if (ok) right++;
      var box = form.querySelectorAll('fieldset')[qi];
      box.className = ok ? 'right' : 'wrong';
      box.querySelector('.explanation').textContent = (ok ? '正确 / correct. ' : '错误 / wrong. ') + q.explanation;
    });
    var percent = data.questions.length ? Math.floor(right * 100 / data.questions.length) : 0;
    result.textContent = '得分 / Score: ' + right + ' / ' + data.questions.length + ' (' + percent + '%)';
    submit.disabled = true;
    window.CepScorm.start();
    window.CepScorm.set('cmi.core.score.min', 0);
    window.CepScorm.set('cmi.core.score.max', 100);
    window.CepScorm.set('cmi.core.score.raw', percent);
    window.CepScorm.set('cmi.core.lesson_status', percent >= data.masteryScore ? 'passed' : 'failed');
    window.CepScorm.finish();
  });
}());
