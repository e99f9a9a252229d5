import { mount } from 'svelte';

import App from './App.svelte';
import { applyLanguage } from './lib/i18n.js';
import './style.css';

applyLanguage();
mount(App, { target: document.getElementById('app') });
