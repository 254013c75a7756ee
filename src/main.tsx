import { render } from 'solid-js/web';
import { App } from './ui/App';
import './ui/styles.css';

render(() => <App />, document.getElementById('root')!);
