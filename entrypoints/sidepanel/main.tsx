import { render } from 'preact';
import glossary from 'virtual:metodelup-glossary';
import { SidePanel } from '@/components/SidePanel';

const root = document.getElementById('app');
if (root) render(<SidePanel glossary={glossary} />, root);
