import { render } from 'preact';
import '@/assets/theme.css';
import '@/src/ui/panel.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
