import { render } from 'solid-js/web';
import { listenForInstallOffer } from './pwa/install-offer';
import { App } from './ui/App';
import './ui/styles.css';

listenForInstallOffer();
render(() => <App />, document.getElementById('root')!);
