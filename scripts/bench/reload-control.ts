// The reload control's one script (see reload-control.html): a figure, and its service worker.
const figure = document.createElement('div');
figure.className = 'grid-scroll';
figure.textContent = 'Kommunalt tillæg: 1.225.000 kr.';
figure.dataset['status'] = 'current';
document.getElementById('root')!.append(figure);
void navigator.serviceWorker.register('/__bench/reload-control-sw.js', { scope: '/__bench/' });
